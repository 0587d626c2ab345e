-- DropIndex
DROP INDEX "tokens_criticality_idx";

-- DropIndex
DROP INDEX "tokens_expires_on_idx";

-- DropIndex
DROP INDEX "tokens_service_key_idx";

-- DropIndex
DROP INDEX "tokens_updated_at_idx";

-- CreateIndex
CREATE INDEX "tokens_expires_on_id_idx" ON "tokens"("expires_on", "id");

-- CreateIndex
CREATE INDEX "tokens_service_key_name_key_id_idx" ON "tokens"("service_key", "name_key", "id");

-- CreateIndex
CREATE INDEX "tokens_criticality_id_idx" ON "tokens"("criticality", "id");

-- CreateIndex
CREATE INDEX "tokens_updated_at_id_idx" ON "tokens"("updated_at", "id");
