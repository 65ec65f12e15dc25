/** A labelled picker for a JSON file to import; hands the input to `onFile` once one is chosen. */
export function JsonFileField({ id, label, onFile }: { id: string; label: string; onFile: (input: HTMLInputElement) => void }) {
  return (
    <div class="file-field">
      <label for={id}>{label}</label>
      <input id={id} type="file" accept=".json,application/json" onChange={(e) => onFile(e.currentTarget)} />
    </div>
  );
}
