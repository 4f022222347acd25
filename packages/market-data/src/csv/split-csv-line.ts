/**
 * Splits one CSV record into fields (RFC 4180 quoting: `"a,b"` is one field, `""` inside quotes is a quote).
 * Returns null when a quoted field is not closed, so the caller can report the line.
 * Records never span lines in price files, so a newline inside quotes is not supported.
 */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inQuotes) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  if (inQuotes) return null;
  fields.push(field);
  return fields;
}
