/** A person's initials in place of a photo: extension pages load nothing from the network. */
export function Initials({ name }: { name: string }): React.JSX.Element {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toLocaleUpperCase() ?? '')
    .join('');
  return (
    <span className="initials" aria-hidden="true">
      {letters || '?'}
    </span>
  );
}
