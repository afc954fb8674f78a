// sql.js 1.13+ accepts this option, which @types/sql.js does not know yet. `false` gives stock
// SQLite, without the legacy extension functions (so examples behave as SQLite documents them).
interface EmscriptenModule {
  useOldExtensionFunctions: boolean;
}
