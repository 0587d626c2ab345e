-- CreateIndex
CREATE INDEX "tokens_name_key_idx" ON "tokens"("name_key");

-- CreateIndex
CREATE INDEX "tokens_updated_at_idx" ON "tokens"("updated_at");
