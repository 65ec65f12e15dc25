import messages from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;

/** getMessage as Chrome does it, on the English messages: $1…$9 substitutions, $$ for a dollar sign. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Messages)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, ref: string) =>
    ref === '$' ? '$' : (subs[Number(ref) - 1] ?? ''),
  );
}
