-- AlterTable
ALTER TABLE "Article" ADD COLUMN "fingerprint" TEXT;
