import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readFixture, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { card } from './helpers';

const fixture = readFixture('en-classic-grouped');

// On Linux, Chromium takes its UI language from the environment (Debian's chromium-l10n).
describe('Formerly in a German browser', () => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchExtension({
      pages: { [new URL(fixture.pageUrl).pathname]: fixture.html },
      env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8' },
    });
  });

  afterAll(async () => {
    await ext.close();
  });

  it('should show the card in German', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixture.pageUrl);
    await card(page).getByRole('button', { name: 'Als ehemalige Führungskraft speichern' }).click();
    await card(page).getByText('Gespeichert', { exact: true }).waitFor();
    await page.close();
  });

  it('should show the popup in German', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(ext.url('popup.html'));
    await popup.getByRole('heading', { name: 'Fällige Kontakte' }).waitFor();
    await popup.getByRole('heading', { name: 'Demnächst' }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe('de');
    await popup.close();
  });

  it('should show the dashboard in German', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByRole('button', { name: 'Als CSV exportieren' }).waitFor();
    await options.getByRole('heading', { name: 'Mein Werdegang' }).waitFor();
    await options.close();
  });

  it('should say in German why a file cannot be imported', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    // Positions.csv chosen as Connections.csv: refused, with the reason in the UI's language.
    await options
      .getByLabel('Connections.csv importieren')
      .setInputFiles('tests/fixtures/csv/Positions.csv');
    await options
      .getByText(
        'Positions.csv: Das sieht nicht nach LinkedIns Connections.csv aus: Es wurde keine Kopfzeile mit First Name, Last Name und Connected On gefunden. Wählen Sie Connections.csv aus Ihrem LinkedIn-Datenexport. Es wurde nichts importiert.',
      )
      .waitFor();
    await options.close();
  });
});
