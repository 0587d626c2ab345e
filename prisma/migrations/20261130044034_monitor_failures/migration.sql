-- CreateTable
CREATE TABLE "monitor_failures" (
    "id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "open_token_id" TEXT,
    "detail" TEXT,
    "source" TEXT NOT NULL,
    "reported_by_key_id" TEXT NOT NULL,
    "failing_since" TIMESTAMP(3) NOT NULL,
    "last_signal_at" TIMESTAMP(3) NOT NULL,
    "signal_count" INTEGER NOT NULL DEFAULT 1,
    "cleared_at" TIMESTAMP(3),
    "cleared_by_key_id" TEXT,

    CONSTRAINT "monitor_failures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "monitor_failures_open_token_id_key" ON "monitor_failures"("open_token_id");

-- CreateIndex
CREATE INDEX "monitor_failures_token_id_failing_since_idx" ON "monitor_failures"("token_id", "failing_since");

-- CreateIndex
CREATE INDEX "monitor_failures_failing_since_idx" ON "monitor_failures"("failing_since");

-- AddForeignKey
ALTER TABLE "monitor_failures" ADD CONSTRAINT "monitor_failures_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitor_failures" ADD CONSTRAINT "monitor_failures_open_token_id_fkey" FOREIGN KEY ("open_token_id") REFERENCES "tokens"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitor_failures" ADD CONSTRAINT "monitor_failures_reported_by_key_id_fkey" FOREIGN KEY ("reported_by_key_id") REFERENCES "api_keys"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitor_failures" ADD CONSTRAINT "monitor_failures_cleared_by_key_id_fkey" FOREIGN KEY ("cleared_by_key_id") REFERENCES "api_keys"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
