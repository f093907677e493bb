import { SPOKEN, SPOKEN_MAX_HEIGHT, SPOKEN_MIN_HEIGHT } from "./editor-metrics";
import { spokenFontCss } from "./fonts";

/**
 * What a spoken-text editor shows while Monaco loads: the same text, box and line metrics, read
 * only, so that nothing moves when the editor takes its place. Rendered on the server too.
 */
export function SpokenTextPlaceholder(props: { value: string; locale: "zh-CN" | "en"; ariaLabel: string; id?: string }) {
  return (
    <div
      id={props.id}
      role="textbox"
      aria-label={props.ariaLabel}
      aria-readonly="true"
      aria-multiline="true"
      aria-busy="true"
      className="overflow-hidden text-slate-900 [overflow-wrap:anywhere] whitespace-pre-wrap"
      style={{
        fontFamily: spokenFontCss(props.locale),
        fontSize: SPOKEN.fontSize,
        lineHeight: `${SPOKEN.lineHeight}px`,
        padding: `${SPOKEN.paddingBlock}px ${SPOKEN.paddingRight}px ${SPOKEN.paddingBlock}px ${SPOKEN.paddingLeft}px`,
        minHeight: SPOKEN_MIN_HEIGHT,
        maxHeight: SPOKEN_MAX_HEIGHT,
      }}
    >
      {props.value}
    </div>
  );
}
