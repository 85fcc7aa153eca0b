interface Props {
  label: string;
  accept: string;
  disabled: boolean;
  onFile: (file: File) => void;
}

/** A labelled file picker; choosing the same file twice still fires. */
export function FileInput({ label, accept, disabled, onFile }: Props): React.JSX.Element {
  return (
    <label className="file">
      {label}
      <input
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
