// A segmentation's title inside a sentence or a label ("Market by type",
// "Largest application segment"): lower-cased as English, whatever the
// dataset's locale. The words around it are English in every deliverable,
// as Formatter.list() and date() are: lower-cased under tr-TR, "Imaging"
// became "ımaging" (dotless ı) in the report while the data pack, which
// lower-cased without a locale, said "imaging". One function for both.
export function lowerCaseTitle(title: string): string {
  return title.toLocaleLowerCase('en');
}
