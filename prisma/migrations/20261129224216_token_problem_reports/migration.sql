-- AlterTable
ALTER TABLE "tokens" ADD COLUMN     "problem_note" TEXT,
ADD COLUMN     "problem_reported_at" TIMESTAMP(3),
ADD COLUMN     "problem_reported_by_id" TEXT;

-- AddForeignKey
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_problem_reported_by_id_fkey" FOREIGN KEY ("problem_reported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
