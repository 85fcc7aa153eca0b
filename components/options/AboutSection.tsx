import { t } from '@/adapters/i18n';

/** Version and a plain-language privacy statement. */
export function AboutSection({ version }: { version: string }): React.JSX.Element {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('about.heading')}</h2>
      <p>{t('about.version', { version })}</p>
      <p>{t('about.privacy')}</p>
    </section>
  );
}
