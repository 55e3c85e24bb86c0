-- Search folds names as `foldText` in src/modules/search/search.store.ts does (lower case, accents folded,
-- apostrophes dropped, any other run of punctuation or space one space), in an IMMUTABLE function so that trigram
-- indexes can hold the folded names and the store's WHERE, written with the same call, reaches them. PL/pgSQL, not
-- SQL: PostgreSQL inlines an SQL function into its expression, and then prices regexp_replace like an addition, so
-- that reading all 3,100 bodies of the national data (56 ms) looked cheaper than the index (9 ms); a function it
-- cannot inline keeps its COST. `lower` follows the database's collation, fixed when the database is made.
CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 100
  AS $$ BEGIN
    RETURN btrim(regexp_replace(translate(lower($1), 'áàâäãåāçčéèêëēěíìîïīñńóòôöõøōśšúùûüūýÿžß’‘ʼ`´''', 'aaaaaaacceeeeeeiiiiinnoooooooss' || 'uuuuuyyzs'), '[^a-z0-9]+', ' ', 'g'));
  END $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "areas_name_search_idx" ON "areas" USING gin (search_fold("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "areas_code_search_idx" ON "areas" USING gin (search_fold("code") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisations_name_search_idx" ON "organisations" USING gin (search_fold("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisations_code_search_idx" ON "organisations" USING gin (search_fold("code") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_names_name_search_idx" ON "organisation_names" USING gin (search_fold("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_identifiers_value_search_idx" ON "organisation_identifiers" USING gin (search_fold("value") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "bodies_name_search_idx" ON "bodies" USING gin (search_fold("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "body_aliases_alias_search_idx" ON "body_aliases" USING gin (search_fold("alias") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "body_documents_title_search_idx" ON "body_documents" USING gin (search_fold("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "posts_title_search_idx" ON "posts" USING gin (search_fold("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "plans_title_search_idx" ON "plans" USING gin (search_fold("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_name_search_idx" ON "people" USING gin (search_fold("name") gin_trgm_ops);
