-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "token_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_token_id_key" ON "api_keys"("token_id");

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "tokens"("id") ON DELETE SET NULL ON UPDATE CASCADE;
