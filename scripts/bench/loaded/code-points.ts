/**
 * Turns an offset counted in Unicode code points (as Python, which made the PTC labels, counts) into a JavaScript
 * string index (UTF-16 code units): each character outside the Basic Multilingual Plane before it counts twice.
 */
export function utf16Offset(text: string, codePointOffset: number): number {
  let index = 0;
  for (let seen = 0; seen < codePointOffset && index < text.length; seen++) {
    index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return index;
}
