-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "automation_hook_id" TEXT;

-- CreateTable
CREATE TABLE "automation_hooks" (
    "id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "url_encrypted" TEXT NOT NULL,
    "url_hint" TEXT NOT NULL,
    "secret_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "automation_hooks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "automation_hooks_token_id_key" ON "automation_hooks"("token_id");

-- CreateIndex
CREATE INDEX "outbox_messages_automation_hook_id_idx" ON "outbox_messages"("automation_hook_id");

-- AddForeignKey
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_automation_hook_id_fkey" FOREIGN KEY ("automation_hook_id") REFERENCES "automation_hooks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "automation_hooks" ADD CONSTRAINT "automation_hooks_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;
