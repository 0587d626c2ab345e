-- Trigram matching for "contains" search (ILIKE '%text%'); part of PostgreSQL's contrib, on the embedded server too.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "token_dependents_name_trgm_idx" ON "token_dependents" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "tokens_name_trgm_idx" ON "tokens" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "tokens_service_trgm_idx" ON "tokens" USING GIN ("service" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "users_name_idx" ON "users"("name");

-- CreateIndex
CREATE INDEX "users_name_trgm_idx" ON "users" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "users_email_trgm_idx" ON "users" USING GIN ("email" gin_trgm_ops);
