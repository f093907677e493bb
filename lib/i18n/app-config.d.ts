import type { Messages } from "./catalogues";
import type { UiLocale } from "./locales";

// Typed message keys everywhere `use-intl` is used: a missing key is a compile error.
declare module "use-intl" {
  interface AppConfig {
    Locale: UiLocale;
    Messages: Messages;
  }
}
