export type Choice<V extends string> = readonly [value: V, label: string];

interface Props<V extends string> {
  label: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
}

/** A labelled select: the label is also its accessible name. */
export function SelectField<V extends string>({
  label,
  value,
  choices,
  onChange,
}: Props<V>): React.JSX.Element {
  return (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          // The options are exactly `choices`, so the value is one of V.
          onChange(e.target.value as V);
        }}
      >
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
