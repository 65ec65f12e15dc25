import { LANGUAGES, languageTag, type LanguageSetting } from '../../core/language';
import { browsersLanguage, languageName, t } from '../../platform/i18n';

/** The language setting: the browser's, or a shipped one, each named in its own language. */
export function LanguageField({ value, onChange }: { value: LanguageSetting; onChange: (raw: string) => void }) {
  return (
    <div class="field">
      <label for="language">{t('optLanguage')}</label>
      <select id="language" name="language" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="browser">{t('optLanguage_browser', languageName(browsersLanguage()))}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={languageTag(language)}>
            {languageName(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
