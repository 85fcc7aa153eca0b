/** Version and a plain-language privacy statement. */
export function AboutSection({ version }: { version: string }): React.JSX.Element {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">About Formerly</h2>
      <p>Version {version}</p>
      <p>
        Everything Formerly knows — your contacts, notes, touches and work history — stays in this
        browser on this computer. Nothing is sent anywhere: there is no account, no server and no
        tracking. Use Export CSV or Export backup at the top of this page to take all of it with
        you.
      </p>
    </section>
  );
}
