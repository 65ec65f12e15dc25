import { t } from '../../platform/i18n';
import { PinPicture } from './PinPicture';

/**
 * Whether the button is on the toolbar, and how to put it there if not. `onToolbar`: null where
 * the browser cannot say (Firefox places it on the toolbar itself); undefined while asking.
 */
export function PinSection({ onToolbar }: { onToolbar: boolean | null | undefined }) {
  return (
    <section class="panel pin" aria-labelledby="pin-heading" data-testid="pin" data-on-toolbar={String(onToolbar)}>
      <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
      {/* Announced when it changes: the person may have just pinned it. */}
      <div role="status">
        {onToolbar === true && <p class="pin-done">{t('welcomePinned')}</p>}
        {onToolbar === null && <p>{t('welcomePinUnknown')}</p>}
      </div>
      {onToolbar === false && (
        <div class="pin-how">
          <div>
            <p>{t('welcomePinIntro')}</p>
            <ol>
              <li>{t('welcomePinStep1')}</li>
              <li>{t('welcomePinStep2')}</li>
            </ol>
          </div>
          <PinPicture />
        </div>
      )}
    </section>
  );
}
