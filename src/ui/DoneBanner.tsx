import { useEffect, useRef } from 'preact/hooks';
import type { StretchOutcome } from '../core/stretchState';
import { t } from '../platform/i18n';

/** Shown where the player was, and focused, so keyboard users are not dropped to the top. */
export function DoneBanner({ outcome }: { outcome: StretchOutcome | null }) {
  const banner = useRef<HTMLParagraphElement>(null);
  useEffect(() => banner.current?.focus(), []);
  return (
    <p class="done-banner" role="status" tabIndex={-1} ref={banner}>
      {outcome === 'done' ? t('stretchDone') : t('stretchStoppedEarly')}
    </p>
  );
}
