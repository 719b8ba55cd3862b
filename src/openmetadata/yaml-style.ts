/** The look of a YAML file the action merges into, so that its output keeps that look. */

/** Indentation of a template, so that the merged file keeps its look. */
export function detectIndent(text: string): { indent: number; indentSeq: boolean } {
  let indent = 0;
  let indentSeq = true;
  let prevKeyIndent: number | undefined;
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const lead = /^ */.exec(line)![0].length;
    if (lead > 0 && (indent === 0 || lead < indent)) indent = lead;
    if (prevKeyIndent === lead && line.slice(lead).startsWith('- ')) indentSeq = false;
    prevKeyIndent = /^\s*[^\s#-][^#]*:\s*(#.*)?$/.test(line) ? lead : undefined;
  }
  indent = Math.min(Math.max(indent || 2, 2), 8);
  // yaml's indentSeq: false outdents a list by 2 columns, which matches the template only at indent 2.
  return { indent, indentSeq: indentSeq || indent !== 2 };
}
