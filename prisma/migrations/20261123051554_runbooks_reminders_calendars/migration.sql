-- CreateEnum
CREATE TYPE "RunKind" AS ENUM ('rotation', 'practice', 'emergency');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('in_progress', 'completed', 'rolled_back', 'abandoned');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('expiry', 'rotation', 'no_backup', 'escalation');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('claimed', 'sent', 'failed', 'cancelled');

-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "calendar_key" TEXT;

-- AlterTable
ALTER TABLE "tokens" ADD COLUMN     "compromise_note" TEXT,
ADD COLUMN     "compromised_at" TIMESTAMP(3),
ADD COLUMN     "revoke_reason" TEXT,
ADD COLUMN     "revoked_at" TIMESTAMP(3),
ADD COLUMN     "runbook_tested_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "calendar_key" TEXT,
ADD COLUMN     "reminder_digest" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "runbooks" (
    "id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "generate_steps" JSONB NOT NULL,
    "replace_steps" JSONB NOT NULL,
    "verify_steps" JSONB NOT NULL,
    "rollback_steps" JSONB NOT NULL,
    "template_name" TEXT,
    "updated_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "runbooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "runbook_templates" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "built_in" BOOLEAN NOT NULL DEFAULT false,
    "generate_steps" JSONB NOT NULL,
    "replace_steps" JSONB NOT NULL,
    "verify_steps" JSONB NOT NULL,
    "rollback_steps" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "runbook_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rotation_runs" (
    "id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "active_token_id" TEXT,
    "kind" "RunKind" NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'in_progress',
    "steps" JSONB NOT NULL,
    "started_by_id" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_by_id" TEXT,
    "finished_at" TIMESTAMP(3),
    "new_issued_on" DATE,
    "new_expires_on" DATE,
    "sign_off_note" TEXT,
    "rollback_reason" TEXT,

    CONSTRAINT "rotation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_step_checks" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "step_index" INTEGER NOT NULL,
    "checked_by_id" TEXT NOT NULL,
    "checked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_step_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_deliveries" (
    "id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "due_on" DATE NOT NULL,
    "step" TEXT NOT NULL,
    "recipient_id" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'claimed',
    "outbox_message_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "reminder_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "acknowledgements" (
    "id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "person_id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "acknowledgements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "runbooks_token_id_key" ON "runbooks"("token_id");

-- CreateIndex
CREATE UNIQUE INDEX "runbook_templates_name_key" ON "runbook_templates"("name");

-- CreateIndex
CREATE UNIQUE INDEX "rotation_runs_active_token_id_key" ON "rotation_runs"("active_token_id");

-- CreateIndex
CREATE INDEX "rotation_runs_token_id_started_at_idx" ON "rotation_runs"("token_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "run_step_checks_run_id_step_index_key" ON "run_step_checks"("run_id", "step_index");

-- CreateIndex
CREATE INDEX "reminder_deliveries_recipient_id_created_at_idx" ON "reminder_deliveries"("recipient_id", "created_at");

-- CreateIndex
CREATE INDEX "reminder_deliveries_status_created_at_idx" ON "reminder_deliveries"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "reminder_deliveries_token_id_kind_due_on_step_recipient_id_key" ON "reminder_deliveries"("token_id", "kind", "due_on", "step", "recipient_id");

-- CreateIndex
CREATE UNIQUE INDEX "acknowledgements_token_id_due_on_person_id_key" ON "acknowledgements"("token_id", "due_on", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "teams_calendar_key_key" ON "teams"("calendar_key");

-- CreateIndex
CREATE UNIQUE INDEX "users_calendar_key_key" ON "users"("calendar_key");

-- AddForeignKey
ALTER TABLE "runbooks" ADD CONSTRAINT "runbooks_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_runs" ADD CONSTRAINT "rotation_runs_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_runs" ADD CONSTRAINT "rotation_runs_active_token_id_fkey" FOREIGN KEY ("active_token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_runs" ADD CONSTRAINT "rotation_runs_started_by_id_fkey" FOREIGN KEY ("started_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_runs" ADD CONSTRAINT "rotation_runs_finished_by_id_fkey" FOREIGN KEY ("finished_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_step_checks" ADD CONSTRAINT "run_step_checks_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "rotation_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_step_checks" ADD CONSTRAINT "run_step_checks_checked_by_id_fkey" FOREIGN KEY ("checked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
