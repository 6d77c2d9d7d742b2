// The portal's word count, as docs/word-counting.md defines it, character for character:
// a test holds this file to the document, and the browser tests run the shared corpus through it.
const LINK = /!?\[([^\[\]]*)\]\([^() \t\r\n]*(?:[ \t\r\n]+"[^"]*")?\)/gu;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t\r\n\/][^<>]*)?>/gu;
const LIST_MARKER = /(^|\n)[ \t]*[0-9]{1,9}[.)](?![^ \t\r\n])/gu;
const IDEOGRAPH = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
const SEPARATORS = /[\t\n\x0B\f\r\x85\p{Z}\u200B\uFEFF]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export function countWords(markdown) {
  const text = markdown.replace(LINK, "$1").replace(TAG, " ").replace(LIST_MARKER, "$1");
  return (text.match(IDEOGRAPH) || []).length + text.replace(IDEOGRAPH, " ").split(SEPARATORS).filter((p) => LETTER_OR_DIGIT.test(p)).length;
}
