// `npm run package`: appPackage/build/appPackage.<env>.zip with the manifest's placeholders filled in.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { APP_PACKAGE_DIR, readManifest } from './manifest';

const envName = process.env.TEAMSFX_ENV ?? 'local';
const env = { APP_NAME_SUFFIX: '', ...process.env };
const { text, missing } = readManifest(env);
if (missing.length > 0) {
  process.stderr.write(`package: zet eerst ${missing.join(', ')} (bijv. in env/.env.${envName})\n`);
  process.exit(2);
}
const zip = new AdmZip();
zip.addFile('manifest.json', Buffer.from(text));
for (const file of ['color.png', 'outline.png', 'en-us.json']) zip.addFile(file, readFileSync(join(APP_PACKAGE_DIR, file)));
const out = join(APP_PACKAGE_DIR, 'build', `appPackage.${envName}.zip`);
mkdirSync(join(APP_PACKAGE_DIR, 'build'), { recursive: true });
zip.writeZip(out);
process.stdout.write(`${out}\n`);
