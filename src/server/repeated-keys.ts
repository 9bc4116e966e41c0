/**
 * Where a JSON text gives one object a field twice, as a path ("variables.dataset.persons"), or
 * null. JSON.parse keeps the last of the two without a word, so a delivery sent through the API with
 * a kind of record given twice would lose the first list; a file is refused for it (see
 * delivery-file.ts), and so is a request body. Keys are compared as parsed ("\u0061" is "a").
 * Text that is not JSON is left to JSON.parse: the answer is then whatever was seen before it broke.
 */
export function repeatedKey(text: string): string | null {
  type Frame = { keys: Set<string> | null; at: string; key: string | null; index: number };
  const stack: Frame[] = [];
  const pathOf = (frame: Frame): string => (frame.keys ? (frame.key === null ? frame.at : join(frame.at, frame.key)) : `${frame.at}[${frame.index}]`);
  const here = (): string => (stack.length ? pathOf(stack[stack.length - 1]!) : "");
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.keys && expectingKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? parsedKey(text.slice(i, end + 1)) : raw;
        if (key === null) return null;
        if (top.keys.has(key)) return join(top.at, key);
        top.keys.add(key);
        top.key = key;
        expectingKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) {
      stack.push({ keys: new Set(), at: here(), key: null, index: 0 });
      expectingKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push({ keys: null, at: here(), key: null, index: 0 });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectingKey = true;
      else if (top) top.index++;
    }
  }
  return null;
}

function join(at: string, key: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return at ? `${at}.${name}` : name;
}

/** The index of the quote that closes the string opening at `from` (the text's end if none does). */
function stringEnd(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x22) return i;
  }
  return text.length;
}

function parsedKey(quoted: string): string | null {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return null;
  }
}
