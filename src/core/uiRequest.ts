import { isOneOf, isPlainObject, ownField, readSafely, type Parsed } from './guards';
import { parseHistory, type HistoryEntry, type ParsedHistory } from './history';
import { PAUSE_CHOICES, type PauseChoice } from './scheduleEvents';

/** What the pages ask the background to do; the background owns every state change. */
export type UiRequest =
  | { type: 'startStretch' }
  /** The stretch moves to the break window, which keeps playing when the popup closes. */
  | { type: 'handOverStretch' }
  | { type: 'pauseStretch' }
  | { type: 'resumeStretch' }
  | { type: 'anotherExercise' }
  | { type: 'finishStretch' }
  | { type: 'dismissStretch' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  // The history log has one writer, the background, so an import never races a new break.
  | { type: 'importHistory'; entries: HistoryEntry[] }
  | { type: 'clearHistory' };

/** Every request type, once: a type added to `UiRequest` and missing here does not compile. */
const REQUEST_TYPES = Object.keys({
  startStretch: true,
  handOverStretch: true,
  pauseStretch: true,
  resumeStretch: true,
  anotherExercise: true,
  finishStretch: true,
  dismissStretch: true,
  snooze: true,
  skip: true,
  pause: true,
  resume: true,
  importHistory: true,
  clearHistory: true,
} satisfies Record<UiRequest['type'], true>) as UiRequest['type'][];

/** Why an imported history entry was left out, for the console. */
function describeImportProblem({ messageKey, args }: ParsedHistory['problems'][number]): string {
  if (messageKey === 'historyProblemNotList') return 'history import: the entries are not a list';
  if (messageKey === 'historyProblemMore') return `history import: ${args[0]} more invalid entries left out`;
  return `history import: entry ${args[0]} left out (${messageKey})`;
}

/**
 * A message from any extension page -> the request it makes, or null. A message without a known
 * request type is another listener's (a settings save) and is null without a problem; a known
 * type with bad fields is refused, and an import keeps only its valid entries. `problems` say why,
 * in English for the console. Never throws.
 */
export function parseUiRequest(raw: unknown): Parsed<UiRequest | null, string> {
  return readSafely(
    () => readRequest(raw),
    (error) => ({ value: null, problems: [`request refused: could not be read: ${error instanceof Error ? error.message : String(error)}`] }),
  );
}

function readRequest(raw: unknown): Parsed<UiRequest | null, string> {
  if (!isPlainObject(raw)) return { value: null, problems: [] };
  const type = ownField(raw, 'type');
  if (!isOneOf(type, REQUEST_TYPES)) return { value: null, problems: [] };
  if (type === 'pause') {
    const choice = ownField(raw, 'choice');
    return isOneOf(choice, PAUSE_CHOICES)
      ? { value: { type, choice }, problems: [] }
      : { value: null, problems: ['pause request refused: no known choice of how long'] };
  }
  if (type === 'importHistory') {
    const history = parseHistory(ownField(raw, 'entries'));
    return { value: { type, entries: history.value }, problems: history.problems.map(describeImportProblem) };
  }
  return { value: { type } as UiRequest, problems: [] };
}
