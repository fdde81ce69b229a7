// A list typed or submitted as one text ("naw, contactgegevens"): the items, trimmed, without empty ones.
export const commaList = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
