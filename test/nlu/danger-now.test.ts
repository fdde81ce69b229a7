// Danger now in everyday words: recognised without the word "acuut"; a past incident asked about is not acute.
// Messages written to probe the cues (the last 25 + 25 were held out: 21 of 25 recognised, 1 false acute, before
// the cues they missed were added). A past word speaks for its sentence, a now word for its own clause.
import assert from 'node:assert/strict';
import { parseQuestion } from '../../src/nlu/question-reader';

const DANGER_NOW = [
  'ik hoor op de achtergrond dat de moeder geslagen wordt en de kinderen gillen',
  'de buurman belt dat hij hoort dat de vader de kinderen slaat, nu op dit moment',
  'ze appt dat hij de baby heeft meegenomen en dreigt van het dak te springen',
  'the mother texts me: he has the baby with him and says he will jump off the bridge',
  'ze fluistert aan de telefoon dat hij haar keel dichtknijpt',
  'cliënte belt: hij knijpt haar keel, ze krijgt bijna geen lucht',
  'my client says he has his hands around her throat right now',
  'ze belt vanuit de auto, hij rijdt vlak achter haar en probeert haar van de weg te rijden',
  'her ex is chasing her car on the motorway, she is on the phone with me',
  'de zoon belt: moeder is bewusteloos geslagen en vader is nog in huis',
  'she is not breathing properly after he hit her and he is still in the house',
  'mevrouw ligt op de grond en ademt niet meer goed, de man staat ernaast',
  'hij slaat de deur in',
  'er wordt gevochten in de woning',
  'ze sloot zich op in de badkamer, hij staat ervoor',
  'vader heeft een pistool en zegt dat hij iedereen neerschiet',
  'ik hoor glas breken en geschreeuw',
  'de pleger is het terrein van de opvang op gelopen',
  'cliente belt fluisterend, hij is thuis en dronken en agressief',
  'hij houdt haar vast en laat haar niet gaan',
  'kind is net weggehaald door vader die dreigt te vluchten',
  'there is a fight going on in the flat',
  'he is kicking the door',
  'she called, he is strangling her',
  'he says he is going to kill the kids',
  'the ex just arrived at the shelter and is shouting',
  'man with a knife in the garden',
  "she is locked in and he won't let her leave",
  'hij zit achter haar aan op straat',
  'hij wacht buiten op haar',
  'de kinderen zijn bang, hij is weer thuis en gooit met spullen',
  'moeder ligt op de grond en reageert niet',
  'hij dreigt zichzelf en de kinderen iets aan te doen',
  'de ex volgt haar nu met de auto',
  'hij heeft haar telefoon afgepakt en slaat haar',
  'er is brand gesticht bij de voordeur',
  'hij is hier en hij is woest',
  'de ex rammelt aan de deur van de opvang',
  'mevrouw wordt bedreigd met een schaar',
  'man staat met een mes in de keuken',
  'ik hoor haar om hulp roepen',
  'vader heeft de kinderen meegenomen en zegt dat ze hem nooit meer zien',
  'pleger is gezien bij de opvang en loopt rond het gebouw',
  'ze is net aangevallen op straat',
  'he keeps calling and says he is coming to get her tonight',
  'the kids are hiding in the bedroom, dad is hitting mom',
  'someone is trying to get into the shelter',
  'he pushed her down the stairs just now',
  'there is a man with a weapon at reception',
  'she texted me help he is here',
  'hij heeft haar net geschopt',
  'cliente zit opgesloten in de badkamer, hij bonkt op de deur',
  'de vader staat met een bijl in de tuin',
  'ze durft niet naar huis, hij wacht haar op',
  'er wordt nu geschoten',
  'hij gaat haar iets aandoen',
  'hij staat in de hal te schreeuwen',
  'de kinderen rennen naar buiten, vader is door het dolle heen',
  'cliente zegt dat hij met de auto op haar afrijdt',
  'hij zwaait met een mes in de woonkamer',
  'ik zie bloed op de grond en ze huilt',
  'ex-partner klimt over het hek van de opvang',
  'hij heeft haar in een wurggreep',
  'moeder belt: hij gaat de kinderen meenemen naar het buitenland, hij is nu bij de school',
  'there is screaming next door and a child crying',
  'he has a gun in his car outside',
  'she says he will kill her tonight',
  'dad is drunk and smashing things',
  'hij staat op de stoep te wachten met een vriend',
  'er wordt op het raam geklopt en hij roept haar naam',
  'ze is gewond en hij is er nog',
  'hij dreigt het huis in brand te steken',
  'the suspect is inside the house with the kids right now',
  'she is hiding in the toilet, he is breaking the door',
  'ik hoor op de achtergrond een man tieren en een kind huilen',
  'hij heeft haar meegesleurd naar de auto',
  'someone at the door of the shelter says he will hurt her',
  'de ex heeft een wapen en is op weg naar haar werk',
  'vader houdt het kind vast en wil niet loslaten',
  'hij blokkeert de deur en ze kan niet weg',
  'ze zegt dat hij vanavond komt en haar vermoordt',
  'er zijn klappen te horen',
  'he is chasing her down the street',
  'mama ligt op de grond',
  'hij staat met een honkbalknuppel bij de ingang',
  'a man is threatening staff at reception',
  'hij zegt dat hij haar gaat steken',
  'de deurbel gaat de hele tijd en hij staat beneden te roepen',
  'ze rent de straat op en hij achter haar aan',
  'de vriend van moeder slaat het kind met een riem',
  'ik ben op huisbezoek en meneer pakt een mes uit de la',
  'cliente is net binnengekomen met bloed op haar gezicht, de ex zit in de auto voor de deur',
  'hij heeft gedreigd de baby iets aan te doen en is nu alleen met de baby',
  'er staat een onbekende man bij de ingang van de opvang die naar haar vraagt',
  'the father is holding the child on the balcony',
  'he is outside her house in his car, she is terrified',
  'the client says her ex is coming with friends to take her',
  'my colleague is being attacked in the office',
  'the boy says his stepfather hurts him and he is home with him now',
  'vader zit met een geladen geweer in de woonkamer',
  'het buurmeisje belt: er wordt geschreeuwd en gegild in nummer 12',
  'hij trekt haar aan haar haren door de gang',
  'moeder durft niet op te nemen, hij staat naast haar',
  'hij heeft net een steen door de ruit gegooid',
  'ze sms t: hij is binnen, help',
  'de pleger staat aan de overkant van de straat te kijken',
  'he grabbed her by the throat a minute ago',
  'she is bleeding and he took her phone',
  'er ligt een kind buiten in de kou en de ouders doen niet open',
  'meneer dreigt van het balkon te springen met het kind',
  'ex staat met benzine bij de deur',
  // Said to be calm, then described as happening now: still danger now.
  'geen acuut gevaar zei ze, maar nu staat hij voor de deur',
  'no danger earlier, but right now he is at the door with a knife',
  // A weapon beside a question about sharing, not what it asks about: danger now.
  'kan ik het adres delen? hij staat met een mes',
  'hij heeft een mes, mag ik de politie informeren',
  'moet ik de politie inlichten? de ex loopt met een pistool rond',
  'can I tell the police? he has a knife',
  'mag ik de politie informeren, ex zwaait met een mes',
  'man met mes bij de opvang, mag ik zijn adres aan de politie geven',
  'mag ik de politie bellen want er staat een man met een mes voor de deur',
  // A short word of danger with an ending added is still that word ("gegild" for "gegil").
  'er wordt al een kwartier gegild bij de buren',
  'ze bloedde en hij slaatt haar nog steeds',
  // Hurt, held, taken, threatened or hunted now, written after the third probe set. The first 50: 44 recognised on
  // main, 46 after the probe's classes were fixed, then the cues they missed were added; the last 30 were held out
  // until then: 29 recognised on main, 30 now.
  'cliente belt huilend: hij heeft de voordeur op slot gedaan en de sleutels ingepikt, ze kan het huis niet uit',
  'haar ex staat al een half uur voor het raam van de opvang en filmt de ingang',
  'de vader weigert het kind terug te geven en zegt dat hij met hem naar Marokko vertrekt, ze zitten nu op Schiphol',
  'ik hoor via de telefoon dat hij haar tegen de muur duwt',
  'mevrouw appt: hij zit in de auto voor de deur en wacht tot ik naar buiten kom',
  'de stiefvader trekt het meisje aan haar arm de trap op, ik hoor haar huilen',
  'er zijn drie mannen de hal binnengekomen die naar mevrouw vragen',
  'hij heeft haar paspoort en telefoon afgepakt en laat haar niet de deur uit',
  'ze stuurt een locatie en schrijft alleen: help hij is hier',
  'de ex-partner heeft haar net in de auto getrokken en is weggereden',
  'mevrouw zegt dat haar man haar al de hele avond slaat en dat de kinderen erbij zijn',
  "het kind belt 's nachts: mama beweegt niet meer en papa zegt dat ik moet gaan slapen",
  'hij zegt door de telefoon dat hij met een mes onderweg is naar de school van de kinderen',
  'ik sta op de gang en hoor hem binnen tegen haar tekeergaan',
  'haar broers hebben haar vanmiddag opgehaald en ze neemt haar telefoon niet meer op, ze wilden haar uithuwelijken',
  'hij dreigt het kind van het balkon te gooien',
  'de pleger probeert op dit moment via het balkon binnen te komen',
  'mevrouw zit in de wc opgesloten, hij ramt op de deur',
  "er hangt een man rond bij de achteringang van de opvang die foto's maakt van bewoners",
  'hij heeft haar telefoon kapotgegooid en houdt de kinderen in de slaapkamer',
  'de buurman belt: de vrouw op nummer 8 ligt bewusteloos in de tuin en de man staat ernaast',
  'he is sitting outside her flat in his car and keeps texting that he will come in',
  'the client is hiding in the bathroom, her husband is trying to kick the door down',
  "our resident's ex has just turned up at reception and refuses to leave",
  'she whispered on the phone that he has a knife and is between her and the door',
  'the father has taken the baby and says she will never see him again, they left ten minutes ago',
  'I can hear him hitting her on the line right now',
  'her brothers are waiting outside the shelter to take her home by force',
  "the boy says his father locked him in the shed and won't let him out",
  'a man is following our client from the station to the shelter right now',
  'he keeps sending messages that he is outside and knows which room she is in',
  "my colleague just called, a client's partner grabbed her by the hair in the waiting room",
  "he's threatening to burn the house down with her and the kids inside",
  "mum isn't answering and the kids say dad is hurting her upstairs",
  'he has poured petrol in the hallway and is holding a lighter',
  "she texted: hes got the kids in the car and wont tell me where he's going",
  'there is a man with a bat walking up and down in front of the shelter',
  'the ex broke the window and is climbing in',
  'he is choking her right now, what do I do',
  'dad pushed mum down and she is not moving',
  'hij staat voor de school van de kinderen en wil ze meenemen',
  'hij staat met een vriend voor haar werk te wachten',
  'ze zegt dat hij haar gaat vermoorden als ze vanavond niet thuis is en hij is nu naar haar op weg',
  'mevrouw is net naar buiten gevlucht, hij rent achter haar aan met een stok',
  'de pleger heeft zojuist gebeld: binnen een kwartier sta ik voor je deur',
  'hij slaat met zijn vuist tegen haar hoofd, ik hoor het door de telefoon',
  'de oom van het meisje wil haar vanavond meenemen naar het buitenland om te trouwen',
  'hij zit met de kinderen in de auto en rijdt rondjes om de opvang',
  'ze belt vanuit een kast, hij zoekt haar door het hele huis',
  'mijn cliente wordt op dit moment in haar eigen huis vastgehouden door haar ex',
  'hij heeft haar vastgebonden aan de verwarming',
  'mevrouw zit in de auto bij hem en hij wil haar niet laten uitstappen',
  'ze belt vanaf de wc, hij heeft de kinderen en dreigt met zelfmoord',
  'de ex staat met een groep vrienden bij het hek te schreeuwen dat ze naar buiten moet komen',
  'cliente is zojuist door haar man van de fiets getrokken',
  'hij heeft net haar hoofd tegen de tafel geslagen',
  'er ligt een bewusteloze vrouw in de portiek en de man loopt weg',
  'meneer heeft een pistool op tafel gelegd en zegt dat niemand weggaat',
  'de jongen stuurt: papa heeft mama pijn gedaan ze bloed',
  'ik sta bij de voordeur en hij laat me er niet in, ik hoor de baby huilen',
  'hij zit haar achterna met de auto',
  'haar vader heeft haar paspoort afgepakt en het ticket naar Pakistan ligt klaar voor morgen',
  'de pleger is de opvang binnengelopen achter een bewoner aan',
  'hij staat in de tuin met een jerrycan',
  'ze krijgt nu de ene na de andere sms dat hij haar gaat vinden',
  'mevrouw is net bij ons binnengerend, haar ex zit achter haar aan',
  'hij trapt tegen de deur van de badkamer waar zij zit',
  'he has her by the neck against the wall',
  'my client says her husband is loading his gun',
  'there are men in a van outside waiting for her',
  'he just punched her in front of the kids',
  'she is locked in the car with him and he is driving fast',
  'the ex is in the building looking for her room',
  'he is shaking the baby',
  'the kids ran to the neighbour, dad is smashing the house up',
  'she messaged that he took her keys and phone and she cant get out',
  'dad is standing over mum with a belt',
  "someone is banging on the shelter's back door and shouting her name",
  'he told her on the phone he is coming over to finish it',
  'the man is dragging her to his car',
  // A third set, held out until the cues above were in: 38 of 40 recognised (34 on main), then the words they missed.
  'hij houdt een mes tegen haar keel',
  'ze zit klem tussen hem en de muur',
  'hij laat haar niet gaan en heeft de deur gebarricadeerd',
  'mevrouw wordt op dit moment in elkaar geslagen',
  'de man heeft haar vast bij haar nek',
  'ik hoor dat ze stikt',
  'hij heeft het kind in zijn armen en staat op de rand van het dak',
  'kind zegt dat vader met een riem aan het slaan is',
  'ze is net door hem van de trap geduwd en kan niet opstaan',
  'de ex ramt met zijn auto tegen de poort van de opvang',
  'hij steekt het huis nu in brand',
  'er staat iemand met een bivakmuts bij de achterdeur',
  'help hij slaat me',
  'hij heeft me opgesloten in de kelder',
  'ik ben bang hij komt eraan',
  'ze is ontvoerd door haar ex en zit in zijn auto',
  'ze hebben haar in een busje geduwd',
  'vader neemt de kinderen mee en zegt dat hij ze iets zal aandoen',
  'de pleger loopt nu over het terrein van de opvang en probeert deuren open te maken',
  'hij heeft haar telefoon afgepakt zodat ze niemand kan bellen',
  'mevrouw wordt door haar zwager vastgehouden in een huis in Rotterdam',
  'hij zit op haar en slaat haar',
  'ik hoor schoten',
  'he is beating her up right now',
  'shes locked in the bathroom and hes trying to break in',
  "he won't let the kids leave the house",
  'they are forcing her into a car',
  "he's standing outside with a knife",
  'the ex is in the garden with a hammer',
  'he grabbed the baby and ran off',
  "she's being held against her will at his flat",
  'he is threatening to stab her if she calls anyone',
  'someone is trying to break into the shelter',
  'dad is choking mum',
  "the client's ex found the shelter and is waiting at the gate",
  'he has set her car on fire',
  "he says he's going to kill himself and the kids tonight",
  'I hear her screaming for help behind the door',
  'he is holding her hostage in the kitchen',
  "she's bleeding badly and he's still there",
  // A fourth set, typed fast, held out until then: 31 of 34 recognised (32 on main: "hij zei dat …" is reported speech,
  // no word of the past), then the words they missed.
  'hij staat weer voor de deur en bonkt wat moet ik doen',
  'ze word geslagen nu',
  'hij slaat r weer',
  'help ex in de opvang binnen gekomen',
  'man met mes in de hal bel 112',
  'ze zit in de auto met hem en hij rijd als een gek',
  'hij heeft haar meegenomen in zn auto',
  'vader dreigt de kids mee te nemen nu',
  'ex staat bij de voordeur en trapt ertegen',
  'ze wordt gewurgd ik hoor het',
  'hij heeft een pistool bij zich en is boos',
  'cliënt zegt dat haar vriend haar nu opsluit in de slaapkamer',
  'hij probeert nu de voordeur te forceren',
  'de kinderen zijn bij hem en hij neemt niet op, hij zei dat hij ze iets aan zou doen',
  'iemand probeert de opvang binnen te dringen',
  'zijn broers staan bij de opvang en willen haar terughalen naar de familie',
  'er word gevochten bij ons voor de deur',
  'hij heeft haar zojuist met een mes gestoken',
  'ze is weggesleurd in een auto',
  'ze belt fluisterend dat hij in huis is en ze zich heeft verstopt',
  'ex is bij haar binnen gedrongen',
  'mijn collega wordt bedreigd door een man bij de balie',
  'hij gooit dingen naar haar en schreeuwt',
  'ze zegt hij vermoord me',
  'pls help he is hitting her',
  'hes outside the door with a knife',
  'he just broke in',
  "she's scared he's coming back tonight to hurt her",
  'he has her phone and wont let her leave',
  "there's a man at the door shouting he will kill her",
  'they took her and drove off',
  'dad is beating my mom',
  'the guy is kicking the door in rn',
  'he threatens to kill her now on the phone',
  // A fifth set, held out until then: 21 of 26 recognised (21 on main), then the words they missed ("he's", "gebonkt").
  'hes here',
  "he's at the door again",
  "she's being beaten",
  "he's breaking in",
  "they're outside the shelter",
  "he's coming over now",
  "he's got a knife",
  "she's bleeding",
  "he's in the house with her",
  "i think he's going to kill her",
  'hij is bij haar binnen en ze gilt',
  'hij staat met een mes te zwaaien',
  'hij heeft haar bij de keel',
  'papa doet mama pijn',
  'mama huilt en papa schreeuwt',
  'er wordt op de deur gebonkt',
  'ze zegt dat hij haar vermoordt als ze weggaat en hij staat nu naast haar',
  'hij zit achter het stuur en zij zit naast hem, hij rijdt naar zijn familie in België en laat haar niet uitstappen',
  'haar telefoon staat uit en haar ex heeft haar vanochtend opgehaald',
  'moeder en kinderen zitten opgesloten in de badkamer want vader is dronken',
  'een onbekende man probeert binnen te komen bij de opvang',
  'hij zegt dat hij met zijn vrienden komt om haar te halen',
  'hij heeft de kinderen uit school gehaald en is onbereikbaar',
  'ze zegt dat hij vanavond terugkomt om af te maken waar hij mee begon',
  'someone is throwing stones at the windows of the shelter',
  'the ex keeps driving past the shelter and stopping at the gate',
  // A man in front of her house in a subordinate clause, sounds over the phone, children left with nobody, a child taken away.
  'mijn cliënt belt dat hij nu voor het huis van zijn ex staat en dat ze het gaat merken',
  'he says he is in front of her house right now and that she will pay',
  'de buurvrouw belt: de ex is weer bij haar woning en schreeuwt dat ze zal boeten',
  'tijdens het gesprek hoor ik een man brullen en daarna valt de lijn weg',
  'on the phone with a client, the line went dead after a man started shouting',
  'ik hoor op de achtergrond gebrul en een kind dat huilt, mag ik de politie bellen?',
  'moeder is met de ambulance mee en de drie kinderen zitten alleen in de woning, mogen wij hun namen aan het wijkteam geven?',
  'both parents were just arrested and the toddlers have been left on their own, can we give their names to the local team?',
  'vader heeft de jongste net zonder toestemming van school gehaald en rijdt richting de grens',
  'dad drove off with our client’s daughter and is heading for the border, what can we share with the police?',
  'he is outside and says he wants to take her with him',
];

const NOT_DANGER_NOW = [
  // A cue in a clause that says who someone is ("de man die haar slaat").
  'mogen we het telefoonnummer van de vader die de kinderen mishandelt aan de politie Rotterdam geven voor de zorgmelding?',
  'The man who hit her phoned the shelter this morning pretending to be her uncle. May we tell police NH what she told us about his threats?',
  'mag ik het adres van haar zus, die ook bedreigd wordt, aan politie Amsterdam doorgeven voor het AWARE-advies?',
  // Taking a statement asks for what someone knows.
  'the officer wants to take her statement tomorrow, may we give him her phone number?',
  'de recherche wil haar verklaring opnemen, mogen wij haar adres aan de politie geven?',
  // The same cues in a sentence about the past.
  'Vorige week stond hij voor haar huis en riep dat ze het zou merken. Mag ik dat aan de politie Amsterdam doorgeven voor de risicotaxatie?',
  'Gisteren zijn de kinderen alleen achtergelaten toen moeder werd opgenomen; mag ik dat bij Veilig Thuis melden?',
  'Last month the line went dead during an intake. May we ask the police whether she is known?',
  'Risicovraag, er gebeurt nu niets: mag ik het adres van de pleger met Blijf Groep delen voor de risicotaxatie?',
  'Just a risk question, nothing is happening right now: may I give Blijf Groep his address for their risk assessment?',
  'In het zorg-strafoverleg bespreken we een gezin waar vader moeder regelmatig slaat. Mag ik de feiten delen met het OM?',
  'The father has repeatedly hit the mother; may we discuss the family in the safety consultation with the police?',
  'Een algemene vraag: mag ik bij een dreiging tegen de opvang de politie informeren?',
  'Vorige week was er een incident, het is nu rustig. Mag ik de politie om zijn geweldsincidenten vragen voor de risicotaxatie?',
  'mag ik het adres van de pleger delen met blijf voor de risicotaxatie',
  'vorige week sloeg hij haar, mag ik de incidenten aan blijf geven',
  'mag ik de politie informeren over een dreigende situatie rond de opvang',
  'mag ik delen dat hij vorig jaar een wapen had',
  'mag ik de bevindingen over het kind aan het wijkteam geven',
  'mag ik het zorgformulier doorsturen',
  'mag ik het telefoonnummer van cliente opvragen',
  'can I share the address of the victim with the police',
  'mag ik de gevarenclassificatie geven, hij is vuurwapengevaarlijk',
  'in 2023 heeft hij haar bedreigd, mag ik dat delen met de politie',
  'ik ben bang dat ik dit niet mag delen, mag ik het adres aan blijf geven',
  'mag ik de politie informeren over de dreiging bij de opvang',
  'mag ik aan het wijkteam vertellen dat vader agressief kan zijn',
  'mag ik de bevindingen van de triage met het wijkteam delen',
  'mag ik delen met blijf dat hij vorige maand een mes had',
  'mag ik de incidenten doorgeven, er was vorig jaar een vechtpartij',
  'mag ik de contactgegevens van de melder aan het wijkteam geven',
  'can I share the triage outcome with the local team',
  'mag ik de geweldsincidenten van de ex aan blijf geven',
  'mag ik het verslag van het huisbezoek delen met VT',
  'mag ik de reclassering informeren over de pleger',
  'hoe lang mag blijf de gegevens bewaren',
  'mag ik het adres van de pleger aan blijf geven voor de plaatsing',
  'vorig jaar heeft hij haar geslagen, mag ik dat aan de politie vertellen',
  'mag ik de dreigingsinformatie aan de politie geven voor aware',
  'mag ik het zorgformulier van de politie naar het wijkteam sturen',
  'can I ask the police for the criminal record of the suspect',
  'mag ik de bevindingen delen met de raad in het casusoverleg',
  'de melder vraagt of we terugkoppelen, mag dat',
  'mag ik de naam van de getuige aan het om geven',
  'mag ik de gegevens van het kind aan de gezinsvoogd geven',
  'mag ik de geweldsincidenten van de pleger aan blijf geven',
  'in 2024 heeft hij haar met een mes bedreigd, mag ik dat delen met blijf voor de risicotaxatie',
  'mag ik vragen of er een huisverbod is',
  'hoe lang bewaart blijf de gegevens',
  'mag ik de medische gegevens van cliente delen met VT',
  'wat mag ik delen met de reclassering',
  'mag ik het telefoonnummer van de buurvrouw die getuige was aan de politie geven',
  'mag ik de politie vragen of hij vuurwapengevaarlijk is',
  // "of er …" opens what is asked about, not a new clause telling the situation.
  'mag ik de politie vragen of er een wapen in huis is',
  'mag ik navragen of er wapens in huis zijn',
  'can we ask the police whether there is a gun in the house',
  'mag ik bij de aanmelding checken of ze bekend is bij de politie',
  'kan ik de triage uitkomst aan de melder terugkoppelen',
  'mag ik een zorgmelding doen over de kinderen',
  'mag ik het adres van de moeder aan het wijkteam geven voor de hulpverlening',
  'kan ik de reclassering vragen naar het toezicht op de pleger',
  'mag de politie ons vertellen of hij een wapenvergunning heeft',
  'vorige week is hij opgepakt, mag ik dat aan blijf doorgeven',
  'mag ik de uitkomst van de triage met de school delen',
  'hoe lang mogen we het dossier bewaren',
  'ik heb een vraagje over het delen van een adres',
  'can we ask the police whether he has a history of violence',
  'mag ik het zorgformulier naar VT Rotterdam sturen',
  'mag ik de naam van de melder noemen in het casusoverleg',
  'is het goed als ik het telefoonnummer van cliente aan de politie geef voor aware',
  'mag ik de geboortedatum van de kinderen aan blijf doorgeven',
  'in 2022 was er een huisverbod, mag ik dat aan blijf vertellen',
  'wij willen een risicotaxatie doen, mag de politie ons de incidenten geven',
  'mag ik het wijkteam laten weten dat moeder hulp wil',
  'what can I share with probation',
  'mag ik in het mdo vertellen wat de kinderen zeiden',
  'mag ik de politie inlichten over het nieuwe adres van de pleger',
  'kan VT ons laten weten of de melding is opgepakt',
  'mag ik de huisarts bellen over cliente',
  'bedankt',
  'dank je wel',
  'oke',
  'voorbeelden',
  'mijn verzoeken',
  // Danger words as the topic of a question about sharing, or danger said not to be there.
  'is de ex bekend met vuurwapens?',
  'mag ik bij de politie navragen of hij een wapen heeft',
  'can I ask the police whether the ex has a gun',
  'advies vragen over een vermoeden van kindermishandeling',
  'geen acuut gevaar, maar mag ik het adres van de ex aan de politie geven',
  'er is nu geen gevaar, mag ik de politie informeren',
  'no immediate danger, can I share the address with the police',
  'niet acuut: mag ik de gevarenclassificatie opvragen',
  // A place where an organisation works is no place of danger.
  'De douane op Schiphol belt of mevrouw bij ons verblijft.',
  'Kan de marechaussee op het vliegveld ons vertellen of de pleger is vertrokken?',
  // One letter from a short word of danger is another word: "slaapt" is no "slaat", "short" no "shoot".
  'kan de daklozenopvang ons laten weten of de ex daar slaapt',
  'I have a short question about sharing an address',
  'mag ik de politie vragen of hij een vlucht heeft geboekt, de flight is morgen',
  'mag ik de politie laten weten dat hij een ticket heeft geboekt',
  // Past incidents with a "nu" elsewhere, requests for information from others, danger named as the topic, written
  // after the third probe set. The first 35: 14 read as acute on main, 1 after the probe's classes were fixed; the
  // last 25 were held out until then: 9 read as acute on main, 4 then, 0 now.
  'Twee maanden geleden heeft hij haar met een mes bedreigd. Mag ik de aangifte met Veilig Thuis delen?',
  'Vorige week stond de ex voor de opvang. De politie vraagt nu of we camerabeelden hebben, mogen we die geven?',
  'Gisteren sloeg hij haar, ze is nu veilig ondergebracht. Mag ik haar nieuwe adres aan de politie geven?',
  'In het verleden heeft hij haar opgesloten; nu vraagt de reclassering om het dossier.',
  'De wijkagent belt of wij weten waar de pleger tegenwoordig woont.',
  'De school vraagt of het kind bij ons in de opvang verblijft.',
  'De huisarts wil weten of mevrouw nog bij haar ex woont.',
  'Het UWV belt met de vraag waar mevrouw nu verblijft.',
  'De advocaat van meneer vraagt om het verslag van het huisbezoek.',
  'Mag de gemeente weten dat de kinderen bij ons zijn?',
  'Veilig Thuis wil weten wat de kinderen tijdens de intake vertelden.',
  'De reclassering vraagt ons of de pleger zich aan het contactverbod houdt.',
  'The GP is asking whether the client is staying at our shelter.',
  'The lawyer of the ex asks for copies of our intake notes.',
  'The school wants to know if the children are with us.',
  'Probation asked us whether he has been near the shelter.',
  'Last month he threatened her with a knife. Can I share the police report with the shelter?',
  'He hit her last year, she is safe with us now. May I give her phone number to the police?',
  'Can the police give us the report of the stabbing for our risk assessment?',
  'Mag de politie ons het proces-verbaal van de steekpartij geven voor de risicotaxatie?',
  'Mag ik de getuigen van de vechtpartij aan het OM doorgeven?',
  'Mag de politie de vuurwapenvergunningen van de pleger met ons delen?',
  'Hoe lang mogen we de dreigberichten van vorige maand bewaren?',
  'Kan de opvang in Utrecht ons laten weten of ze daar slaapt?',
  'Ik heb een korte vraag over het delen van een adres met de politie.',
  'Vorig jaar heeft hij haar in de auto getrokken. Mag ik dat aan de raad vertellen?',
  'The perpetrator was arrested yesterday; the prosecutor now wants to know what the victim told us.',
  'De pleger zit vast. Het OM vraagt of mevrouw bij ons verblijft.',
  'Mag ik de politie laten weten dat hij vroeger wapens had?',
  'Hij heeft haar in 2022 ontvoerd naar het buitenland. Mag ik dat in het casusoverleg noemen?',
  'Een buurman van de cliente vraagt of hij haar post mag brengen.',
  'De moeder wil weten wanneer ze de kinderen weer mag zien.',
  'Can I tell Veilig Thuis that the father used to hit the children?',
  'De werkgever van mevrouw wil weten of ze ziek is of bij ons zit.',
  'Mag de jeugdbescherming ons vertellen waar de vader nu woont?',
  'Vorige maand heeft hij haar achtervolgd. Mag ik dat aan Veilig Thuis melden?',
  'Afgelopen zomer heeft hij de kinderen meegenomen naar Turkije, nu zijn ze terug. Mag de raad dat weten?',
  'Ze werd jaren geleden vastgehouden door haar vader. Mag ik dat in het dossier zetten?',
  'De politie vraagt namens de officier of we het adres van mevrouw hebben.',
  'Het wijkteam belt of de kinderen nog bij moeder wonen.',
  'De gemeente wil weten hoeveel vrouwen er in de opvang zitten.',
  'Kan de politie ons het verslag van de mishandeling van gisteren sturen?',
  'Mag ik de aangifte van de steekpartij van vorig jaar met de reclassering delen?',
  'The police ask whether the victim is still staying with us.',
  'Our lawyer wants to know if we may hand over the file.',
  'The municipality is asking how many children stayed at the shelter.',
  'Yesterday he threatened to kill her. She is safe now. May I give the police her number?',
  "Can I share the details of last week's fight with the neighbourhood team?",
  'Mag ik bij de politie vragen of de ex een mes heeft gekocht?',
  'Hoe lang mag de politie de beelden van de vechtpartij bewaren?',
  'Een collega van Veilig Thuis vraagt hoe het met de kinderen gaat.',
  'De rechter wil weten of vader zich aan de afspraken houdt.',
  'Vader belt of hij zijn kinderen dit weekend mag zien.',
  'Mag ik de school vertellen dat moeder met de kinderen in de opvang zit?',
  'Kan ik Veilig Thuis laten weten dat de ex vorige week weer voor de deur stond?',
  'De reclassering wil weten of de pleger nog contact zoekt.',
  'Ik vroeg me af of ik het adres van de pleger mag delen met Blijf.',
  'In 2021 heeft hij haar met een mes verwond. Mag de politie dat aan ons vertellen?',
  'Is het goed als ik de politie laat weten dat de kinderen veilig bij oma zijn?',
  'She was hit by him last month and is staying with us. Can we ask the police for his record?',
  // A third set, held out until the rules above were in: 1 of 25 read as acute (4 on main), then none.
  'Twee jaar geleden heeft hij haar opgesloten. Mag ik dat aan de raad vertellen?',
  'Vorige week is ze door hem geslagen. Nu vraagt de politie om haar verklaring, mag ik die geven?',
  'Hij dreigde gisteren haar te vermoorden, maar ze is nu bij familie in veiligheid. Mag ik Veilig Thuis inlichten?',
  'De politie belt of wij weten waar de ex tegenwoordig verblijft.',
  'De rechtbank wil weten of de kinderen bij ons in de opvang zitten.',
  'De verzekeraar vraagt naar het adres van mevrouw.',
  'De advocaat belt met de vraag of mevrouw aangifte heeft gedaan.',
  'Het wijkteam vraagt ons om de namen van de kinderen.',
  'The police called to ask whether the ex still lives at the address.',
  'The housing corporation wants to know if she still lives there.',
  'Her lawyer asked for the notes of the intake.',
  'He threatened her last year; can I tell the police about it now?',
  'Mag ik de politie vragen of de pleger een vuurwapen heeft?',
  'Mag ik het verslag van de mishandeling van vorig jaar aan Veilig Thuis geven?',
  'Mag de politie ons vertellen of er eerder geweld is geweest?',
  'Kan ik navragen of hij vroeger messen verzamelde?',
  'Mag ik het wijkteam vertellen dat de vader agressief is geweest?',
  'Mag ik de school vertellen dat de kinderen veilig zijn?',
  'Wat mag ik de politie vertellen over de brand van vorige maand?',
  "Can I share the report of last year's assault with the police?",
  'Can I tell the school that the kids are safe now?',
  'Hoe lang bewaart de politie de melding van de vechtpartij?',
  'De moeder belt of ze haar kinderen mag ophalen uit de opvang.',
  'Mevrouw vraagt of ze haar dossier mag inzien.',
  'Vader wil weten waar zijn kinderen op school zitten, mag ik dat vertellen?',
  // A fourth set, typed fast, held out until then: none read as acute (3 on main).
  'vorige week sloeg hij haar mag ik dat delen met vt',
  'hij heeft haar vorig jaar gestoken, mag de politie dat aan blijf vertellen',
  'politie vraagt of ze nog bij ons is mag dat',
  'de gemeente belt of we weten waar de ex woont',
  'advocaat wil weten wanneer de intake was',
  'school vraagt of kinderen bij ons zitten',
  'mag ik de politie vragen of de ex een wapen heeft',
  'kan ik VT laten weten dat hij eerder met een mes heeft gedreigd',
  'mag ik het proces verbaal van de mishandeling delen met blijf',
  'last month he hit her, can i share that with the police',
  'the police asks if she is still here, can I say yes',
  'the lawyer wants the notes of our talks',
  'can I ask the police if the ex has a gun',
  'hoeveel dagen mag ik de gegevens bewaren',
  'mag ik het adres van cliente aan de huisarts geven',
  'can we tell the local team that dad was violent last year',
  'ze is nu veilig, mag ik de politie laten weten waar ze is',
  'mag ik een melding doen bij vt over de kinderen',
  'de ggz vraagt om de risicotaxatie',
  'wat mag ik delen met de raad over de kinderen',
  // A fifth set, held out until then: none read as acute (1 on main).
  'he was at the door last week, can I tell the police?',
  'she was beaten by him in 2023, may I share that with Veilig Thuis?',
  'hij stond gisteren voor de deur, nu is hij weg. Mag ik de politie informeren?',
  'De politie vraagt of hij eerder met een mes heeft gedreigd, mogen we dat vertellen?',
  'Mag ik de politie laten weten dat ze vorige week is opgesloten door haar vader?',
  'Hoe lang mag Blijf het dreigbericht van vorige maand bewaren?',
  'De wijkagent wil weten of de ex ooit geweld heeft gebruikt.',
  'Mag ik het wijkteam vertellen dat de kinderen gisteren naar vader zijn gegaan?',
  'Kan de politie ons laten weten of de ex vuurwapens heeft?',
  'Mag ik de school vertellen wie de kinderen ophaalt?',
  'Mag ik de politie het kenteken van de ex geven voor de risicotaxatie?',
  // Everyday words the cues above could catch, held out until then: 3 of 25 read as acute (1 on main), then none
  // ("has the kids this weekend", "vaak razend", "take the children home" are no danger now).
  'Mag ik de uitkomst van de triage meenemen in het casusoverleg met het wijkteam?',
  'Kan ik het wijkteam vragen de kinderen in de gaten te houden?',
  "Mag ik het dossier op slot zetten voor andere collega's?",
  'Can I keep the file locked for other teams?',
  'Mag ik de politie vertellen dat de kinderen alleen thuis waren vorige maand?',
  'Is it ok to share that the father has the kids this weekend under the custody arrangement?',
  'Mag de reclassering ons vertellen wanneer hij weer terugkomt uit detentie?',
  'Mag ik Veilig Thuis laten weten dat moeder weer op het dak van de flat heeft gestaan, vorig jaar?',
  'Can I just ask the police for the address of the suspect for the risk assessment?',
  'Mag ik de politie nu al de geweldsincidenten van de pleger vragen voor de risicotaxatie?',
  'Mag ik delen dat de pleger vorige week is weggereden van de plek van het incident?',
  'Hoe lang mogen we de beelden van de camera bij de ingang bewaren?',
  'Mag ik het wijkteam vertellen dat vader vaak razend wordt, voor het plan van aanpak?',
  'The school wants to know who will take the children home after school.',
  'Mag ik de school vertellen wie de kinderen mag meenemen na schooltijd?',
  'Mag ik de politie laten weten dat de ex terugkomt uit het buitenland?',
  'Can I tell the local team that the mother drove off with the kids to her sister last year?',
  'Mag ik het adres van de pleger delen, hij gaat volgende week verhuizen?',
  'Mag ik de raad vertellen dat vader de kinderen om het weekend heeft?',
  'Wij willen de zaak meenemen naar het veiligheidshuis, mag dat?',
  'Mag ik de gegevens van de kinderen in het systeem op slot laten zetten?',
  'De officier wil de zaak meenemen naar de zsm-tafel, mogen wij daar informatie geven?',
  'Can I share with Veilig Thuis that he hurt them last year?',
  'Mag ik het telefoonnummer van cliente aan de huisarts geven, ze is weer thuis?',
  'Is het goed als de politie ons laat weten wanneer hij vrijkomt?',
  // Idioms one word from a cue ("grijpt in", "in de bres springen", "schoten tekort", "against her will" of consent):
  // 2 of 15 read as acute, as 2 on main, then none.
  'Wanneer grijpt Veilig Thuis in, mag ik dan de politie informeren?',
  'De zaak sleept al maanden, mag ik het dossier aan de raad geven?',
  'Ik wil alleen met haar toestemming iets delen met de politie.',
  'Mag ik haar meenemen naar het casusoverleg of alleen haar dossier?',
  'Can I take her statement to the police?',
  'Kan Veilig Thuis in de bres springen als de politie de melding niet oppakt?',
  'Mevrouw zit op de rand van een burn-out, mag ik dat aan de huisarts vertellen?',
  'De hulpverleners schoten tekort, mag ik het evaluatieverslag delen?',
  'May I share this with the police against her will?',
  'The police knows where she lives, can I confirm it?',
  'The police are coming back to us about the request.',
  'De huisarts zoekt haar dossier, mag ik dat opsturen?',
  'De politie weet waar ze verblijft, mag ik dat bevestigen?',
  'The police found her address in the system, may I confirm it?',
  'I pulled up the file, can I share it with the local team?',
];

const acute = (text: string) => parseQuestion(text, { as: { party: 'blijf-groep' } }).slots.acute;

describe('danger now, as people describe it', () => {
  for (const text of DANGER_NOW) it(`is acute: ${text}`, () => assert.equal(acute(text), true));
  for (const text of NOT_DANGER_NOW) it(`is not acute: ${text}`, () => assert.equal(acute(text), false));
});

describe('danger now, how the words are read', () => {
  it('reads a cue in a sentence after one about the past as present', () => {
    assert.equal(acute('Vorige week sloeg hij haar. Hij staat voor de deur.'), true);
  });
  it('reads a cue in a sentence about the past as past', () => {
    assert.equal(acute('Vorige week stond hij met een mes voor de deur. Mag ik dat aan de politie vertellen?'), false);
  });
  it('reads a past cue as present with a word of now in its own clause', () => {
    assert.equal(acute('vorige week sloeg hij haar, nu staat hij weer voor de deur'), true);
  });
  it('does not let a word of now in the question make a past cue present', () => {
    assert.equal(acute('Vorige week stond hij met een mes voor de deur, mag de politie ons nu vertellen of hij bekend is?'), false);
  });
  it('does not let a word of now in another clause make a past cue present', () => {
    assert.equal(acute('Gisteren dreigde hij haar te vermoorden. Ze zit nu veilig bij ons, mag ik dat delen?'), false);
  });
  it('reads a clause of nothing but now as speaking of the cue before it', () => {
    assert.equal(acute('Vorige week stond hij voor de deur, en vandaag weer. Mag ik de politie informeren?'), true);
  });
  it('reads a request by an organisation as a question, not as a description', () => {
    assert.equal(acute('Nu vraagt de reclassering om het dossier van de pleger.'), false);
  });
  it('reads a person who calls as a description, not as a request', () => {
    assert.equal(acute('hij belt steeds en hij is woedend'), true);
  });
  it('reads a question of permission as a question ("mag ik …")', () => {
    assert.equal(acute('Mag de kinderopvang weten dat hij bij ons verblijft?'), false);
  });
  it('reads "ze mag niet weg" as a description of someone held', () => {
    assert.equal(acute('hij zegt dat ze niet weg mag en ze mag niet naar buiten'), true);
  });
  it('reads an event after "van de" in the question as what is asked about', () => {
    assert.equal(acute('mag ik de getuigen van de vechtpartij aan de politie noemen'), false);
  });
  it('reads a weapon in a question that names nobody as what is asked about', () => {
    assert.equal(acute('Mogen wij meldingen met de velden geweld en vuurwapens naar Veilig Thuis sturen?'), false);
  });
  it('reads a cue right after a person and a relative pronoun as saying who the person is', () => {
    assert.equal(acute('Mag ik het 06-nummer van de man die haar slaat aan Veilig Thuis geven?'), false);
  });
  it('reads a cue after a person and a relative pronoun as happening now with a word of now among them', () => {
    assert.equal(acute('Mag ik het adres van de man die haar nu slaat aan de politie geven?'), true);
  });
  it('reads "dat" followed by someone as what is told, not as who someone is', () => {
    assert.equal(acute('Hij sms’t het slachtoffer dat hij onderweg is naar haar huis. Mogen wij dat aan de politie doorgeven?'), true);
  });
  it('reads a past word after "nadat"/"after" that follows the danger as why, not as when', () => {
    assert.equal(acute('De kinderen zijn alleen achtergelaten nadat beide ouders waren aangehouden. Mogen wij hun namen aan het wijkteam geven?'), true);
  });
  it('reads a past word before the danger as when, even in a sentence with "nadat"', () => {
    assert.equal(acute('Nadat hij was vrijgelaten, stond hij voor de deur. Mag ik dat aan de politie doorgeven?'), false);
  });
  it('reads danger said not to be there as speaking for its own sentence only', () => {
    assert.equal(acute('De verdachte is in verzekering gesteld. Zijn broer staat voor de deur.'), true);
  });
  it('reads a cue in a sentence that denies danger as no danger', () => {
    assert.equal(acute('Geen acute dreiging, hij staat niet meer voor de deur. Mag ik de politie informeren?'), false);
  });
  it('reads custody by the police as no danger', () => {
    assert.equal(acute('De verdachte wordt door de politie vastgehouden, mag ik het OM informeren?'), false);
  });
  it('reads a past verb as speaking for its own part of a clause, not for one in the present', () => {
    assert.equal(acute('he is outside and says he came to take her with him'), true);
  });
  it('reads a part of a clause without a verb of its own in the past of its sentence', () => {
    assert.equal(acute('he was drunk and hit her, can I tell the police?'), false);
  });
  it('reads a part that opens with someone in the present as now, beside a past word that is no verb', () => {
    assert.equal(acute('he was here last week and he is back with a gun'), true);
  });
  it('reads a past word after "after" as when, where the danger before it is told in the past', () => {
    assert.equal(acute('he hit her after he was released, can I tell the police?'), false);
  });
  it('reads a threat in the perfect tense with the verb last as a threat made', () => {
    assert.equal(acute('Cliënte vertelt dat vader gedreigd heeft hun dochter naar het buitenland mee te nemen. Mag ik dat aan de politie doorgeven?'), false);
  });
  it('reads a threat in the perfect tense with the verb split as a threat made', () => {
    assert.equal(acute('Hij heeft haar met de dood bedreigd, mag ik dat aan het OM geven?'), false);
  });
  it('reads a threat in the present as danger now', () => {
    assert.equal(acute('hij heeft haar gebeld en dreigt haar te vermoorden'), true);
  });
  it('reads "again" after "never" as no word of now', () => {
    assert.equal(acute('he dragged her out of the shelter in 2022 and she never came back again, may I share her file?'), false);
  });
  it('reads a month after "in" as the past, as a year', () => {
    assert.equal(acute('Haar ex heeft in januari haar deur ingetrapt, mag ik dat aan de politie vertellen?'), false);
  });
  it('reads a sentence of nothing but "hypothetisch" as heading the one after it', () => {
    assert.equal(acute('Hypothetisch: een pleger staat met een mes bij de opvang, mag ik dan zijn adres aan de politie geven?'), false);
  });
  it('reads a clause opened by "als" before a question with "dan" as what might happen', () => {
    assert.equal(acute('Als hij weer voor de deur komt te staan, mag ik dan zijn adres aan de politie geven?'), false);
  });
  it('reads a clause opened by "als" as danger now where "dan" asks what to do, not what may be done', () => {
    assert.equal(acute('Als ik naar buiten kijk staat hij daar met een mes, wat moet ik dan doen?'), true);
  });
  it('reads a clause opened by "als" as danger now where the question has no "dan"', () => {
    assert.equal(acute('Als ik dit typ staat hij voor de deur, mag ik de politie bellen?'), true);
  });
  it('reads a part of a clause with a verb in the present as now, beside a past verb ("came back and is kicking")', () => {
    assert.equal(acute('she called, he came back and is kicking the door'), true);
  });
  it('reads a word of now beside danger said not to be there as no danger now ("zit nu in de gevangenis")', () => {
    assert.equal(acute('Hij heeft haar in 2019 opgesloten en zit nu in de gevangenis, mag de reclassering dat weten?'), false);
  });
  it('reads someone in the present after "maar" as told anew, beside danger said not to be there', () => {
    assert.equal(acute('Hij zit in de gevangenis maar zijn broer staat voor de deur'), true);
  });
  it('reads "sinds" before a month as going on now', () => {
    assert.equal(acute('sinds maart staat hij elke dag voor de deur'), true);
  });
  it('reads a weapon beside someone named as danger', () => {
    assert.equal(acute('mag ik de politie bellen, hij heeft een mes'), true);
  });
  it('reads a cue in parts with words between as danger now ("iets … aandoen")', () => {
    assert.equal(acute('moeder appte net dat ze zichzelf en de baby vannacht iets gaat aandoen, mag ik het jeugdteam bellen?'), true);
  });
  it('reads an alarm going off as danger now, with words between its parts', () => {
    assert.equal(acute('Het AWARE-alarm van cliënte is net afgegaan. Mag ik de politie haar adres geven?'), true);
  });
  it('reads "5 min ago" as now', () => {
    assert.equal(acute('client cut his ankle tag off and the AWARE alarm of his ex went off 5 min ago. who do i inform'), true);
  });
  it('reads an alarm that went off last month as the past', () => {
    assert.equal(acute('Vorige maand ging haar AWARE-alarm af. Mag ik de politie nu om zijn incidenten vragen?'), false);
  });
  it('reads someone who keeps ringing at the shelter as danger now', () => {
    assert.equal(acute('A man keeps buzzing the shelter intercom and saying our client name. Do I need a form first?'), true);
  });
  it('reads a cue in parts that needs someone as no danger where nobody is named ("ik zit te wachten")', () => {
    assert.equal(acute('Ik zit al dagen te wachten op antwoord van de politie, mag ik het adres nu mailen?'), false);
  });
  it('reads a participle of violence after "is" with a word of now as danger now', () => {
    assert.equal(acute('een vrouw is zojuist gestoken door haar ex, mogen we Blijf bellen voor haar gegevens?'), true);
  });
  it('reads a participle of violence after "is" without a word of now as no danger now', () => {
    assert.equal(acute('Cliënte is door haar ex gestoken. Mag ik de politie zijn incidenten vragen voor de risicotaxatie?'), false);
  });
  it('reads a participle of violence after "is" with a word of now in another part of the clause as no danger now', () => {
    assert.equal(acute('Cliënte is in 2024 door haar ex gewurgd en wil nu een AWARE-alarm. Mag ik de politie dat vertellen?'), false);
  });
  it('reads "op schoot" as no past verb', () => {
    assert.equal(acute('Mag ik de terugmelding mailen? De moeder belde net: vader zit dronken met het jachtgeweer op schoot.'), true);
  });
  it('reads a word of acute danger with a past time named as the past', () => {
    assert.equal(acute("In het dossier staat 'acuut gevaar' bij een incident van twee jaar geleden. Mag ik de incidenten delen?"), false);
  });
  it('reads a word of acute danger that holds a word of now as now, beside a past time', () => {
    assert.equal(acute('hij was vorige week al langs en staat weer voor de deur'), true);
  });
  it('reads a training case as a story, its heading too', () => {
    assert.equal(acute('Voor de training van morgen: in de casus dreigt een vader het huis in brand te steken. Mag de wijkagent het wijkteam mailen?'), false);
  });
  it('reads a documentary as a story', () => {
    assert.equal(acute('We watched a documentary where a probationer kills his ex. May we ask Veilig Thuis for the file?'), false);
  });
  it('reads danger an act would bring as a reason, not danger now', () => {
    assert.equal(acute('We vertellen het moeder niet vooraf, omdat dat haar in gevaar brengt. Mag ik het toch inbrengen?'), false);
  });
  it('reads someone who puts her in danger now as danger now', () => {
    assert.equal(acute('hij brengt haar nu in gevaar'), true);
  });
  it('reads an organisation that threatens as no threat of violence', () => {
    assert.equal(acute('Het OM dreigt anders een klacht in te dienen. Moet ik het verslag leveren?'), false);
  });
  it('reads a threat with a harmless outcome as no threat of violence', () => {
    assert.equal(acute('De advocaat van vader dreigt met juridische stappen. Mag ik het verslag aan de politie geven?'), false);
  });
  it('reads habits ("vaak geschreeuw") as no danger now', () => {
    assert.equal(acute('De wijkagent maakt zich zorgen over een gezin (vaak geschreeuw). Mag hij dat met het wijkteam delen?'), false);
  });
  it('reads a threat against an organisation as a threat of violence', () => {
    assert.equal(acute('Hij dreigt de opvang in brand te steken.'), true);
  });
  it('reads a threat after an organisation with a preposition as a threat of violence ("bij de opvang dreigt hij")', () => {
    assert.equal(acute('Bij de opvang dreigt hij iedereen neer te steken.'), true);
  });
  it('reads a training one is at as no story: danger told beside it is danger now', () => {
    assert.equal(acute('Ik zit op een training en cliënte belt dat hij voor de deur staat.'), true);
  });
  it('reads someone described beside a story as danger now', () => {
    assert.equal(acute('Sorry, ik zit in een training, maar cliënte appt net dat hij binnen is.'), true);
  });
});
