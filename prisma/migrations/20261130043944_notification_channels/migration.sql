-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('slack', 'teams', 'webhook');

-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "channel_id" TEXT,
ADD COLUMN     "dedupe_key" TEXT;

-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "channel_id" TEXT;

-- CreateTable
CREATE TABLE "notification_channels" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "url_encrypted" TEXT NOT NULL,
    "url_hint" TEXT NOT NULL,
    "secret_encrypted" TEXT,
    "leak_alerts" BOOLEAN NOT NULL DEFAULT false,
    "failures_in_a_row" INTEGER NOT NULL DEFAULT 0,
    "paused_at" TIMESTAMP(3),
    "paused_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_channels_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notification_channels_name_key" ON "notification_channels"("name");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_dedupe_key_key" ON "outbox_messages"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_messages_channel_id_idx" ON "outbox_messages"("channel_id");

-- CreateIndex
CREATE INDEX "teams_channel_id_idx" ON "teams"("channel_id");

-- AddForeignKey
ALTER TABLE "teams" ADD CONSTRAINT "teams_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "notification_channels"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "notification_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;
