import { t } from '../../platform/i18n';

/** A puzzle piece, the browsers' Extensions button, 16 units square. */
const PUZZLE = 'M2 5h4a2 2 0 1 1 4 0h4v4a2 2 0 1 0 0 4v3H2v-3a2 2 0 1 0 0-4z';
/** A thumbtack, 14 units tall. */
const PIN = 'M4 0h6l-1 5 3 3H2l3-3zM7 8v6';

/** Step numbers in the picture match the numbered steps beside it. */
function Step({ x, y, n }: { x: number; y: number; n: number }) {
  return (
    <g class="pin-step" transform={`translate(${x} ${y})`}>
      <circle r="9" />
      <text y="4" text-anchor="middle">
        {n}
      </text>
    </g>
  );
}

/**
 * How to pin the button: the toolbar, its Extensions menu open, the pin beside Unhunch.
 * Drawn with the page's colours, so it follows light and dark mode.
 */
export function PinPicture() {
  return (
    <svg class="pin-picture" viewBox="0 0 320 176" role="img" aria-label={t('welcomePinPicture')}>
      <rect class="pin-toolbar" x="4" y="6" width="312" height="36" rx="8" />
      <rect class="pin-address" x="14" y="14" width="196" height="20" rx="10" />
      <circle class="pin-faint" cx="292" cy="24" r="8" />
      <circle class="pin-ring" cx="256" cy="24" r="14" />
      <path class="pin-icon" d={PUZZLE} transform="translate(248 15)" />
      <Step x={236} y={54} n={1} />
      <rect class="pin-menu" x="112" y="62" width="200" height="106" rx="8" />
      <rect class="pin-faint" x="124" y="76" width="88" height="8" rx="4" />
      <image href="/icon/32.png" x="124" y="98" width="20" height="20" />
      <text class="pin-label" x="152" y="113">
        {t('extName')}
      </text>
      <circle class="pin-ring" cx="286" cy="108" r="14" />
      <path class="pin-icon" d={PIN} transform="translate(279 101)" />
      <Step x={262} y={134} n={2} />
      <rect class="pin-faint" x="124" y="140" width="60" height="8" rx="4" />
    </svg>
  );
}
