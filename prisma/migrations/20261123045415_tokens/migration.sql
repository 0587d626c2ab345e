-- CreateEnum
CREATE TYPE "Environment" AS ENUM ('production', 'staging', 'development', 'test');

-- CreateEnum
CREATE TYPE "Criticality" AS ENUM ('low', 'medium', 'high', 'critical');

-- CreateEnum
CREATE TYPE "TokenState" AS ENUM ('active', 'compromised', 'revoked', 'retired');

-- CreateTable
CREATE TABLE "tokens" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "service_key" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "environment" "Environment" NOT NULL,
    "secret_location" TEXT NOT NULL,
    "scopes" TEXT,
    "owner_id" TEXT NOT NULL,
    "backup_id" TEXT,
    "team_id" TEXT,
    "issued_on" DATE,
    "expires_on" DATE,
    "rotate_every_days" INTEGER,
    "last_rotated_on" DATE,
    "rotation_due_on" DATE GENERATED ALWAYS AS (COALESCE("last_rotated_on", "issued_on") + "rotate_every_days") STORED,
    "criticality" "Criticality" NOT NULL DEFAULT 'medium',
    "console_url" TEXT,
    "notes" TEXT,
    "state" "TokenState" NOT NULL DEFAULT 'active',
    "state_changed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "token_dependents" (
    "id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "token_dependents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tags" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_TagToToken" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_TagToToken_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "tokens_expires_on_idx" ON "tokens"("expires_on");

-- CreateIndex
CREATE INDEX "tokens_owner_id_idx" ON "tokens"("owner_id");

-- CreateIndex
CREATE INDEX "tokens_backup_id_idx" ON "tokens"("backup_id");

-- CreateIndex
CREATE INDEX "tokens_team_id_idx" ON "tokens"("team_id");

-- CreateIndex
CREATE INDEX "tokens_service_key_idx" ON "tokens"("service_key");

-- CreateIndex
CREATE INDEX "tokens_rotation_due_on_idx" ON "tokens"("rotation_due_on");

-- CreateIndex
CREATE INDEX "tokens_criticality_idx" ON "tokens"("criticality");

-- CreateIndex
CREATE INDEX "tokens_state_expires_on_idx" ON "tokens"("state", "expires_on");

-- CreateIndex
CREATE INDEX "tokens_created_at_idx" ON "tokens"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "tokens_service_key_environment_name_key_key" ON "tokens"("service_key", "environment", "name_key");

-- CreateIndex
CREATE INDEX "token_dependents_token_id_idx" ON "token_dependents"("token_id");

-- CreateIndex
CREATE UNIQUE INDEX "tags_name_key" ON "tags"("name");

-- CreateIndex
CREATE INDEX "_TagToToken_B_index" ON "_TagToToken"("B");

-- AddForeignKey
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_backup_id_fkey" FOREIGN KEY ("backup_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "token_dependents" ADD CONSTRAINT "token_dependents_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TagToToken" ADD CONSTRAINT "_TagToToken_A_fkey" FOREIGN KEY ("A") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TagToToken" ADD CONSTRAINT "_TagToToken_B_fkey" FOREIGN KEY ("B") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the database itself keeps, whatever writes to it.
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_owner_is_not_backup" CHECK ("backup_id" IS NULL OR "backup_id" <> "owner_id");
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_rotation_period_positive" CHECK ("rotate_every_days" IS NULL OR "rotate_every_days" > 0);
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_keys_are_lower_case" CHECK ("name_key" = lower("name_key") AND "service_key" = lower("service_key"));
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_required_text_not_blank" CHECK (btrim("name") <> '' AND btrim("service") <> '' AND btrim("purpose") <> '' AND btrim("secret_location") <> '');
