-- Trigram matching, for searches that forgive a misspelt word ("safegaurding"); PGlite loads it as an extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
