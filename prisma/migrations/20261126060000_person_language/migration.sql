-- The person's chosen language (issue 8): pages, PDFs and e-mails.
CREATE TYPE "Language" AS ENUM ('nb', 'nn', 'en');
ALTER TABLE "Person" ADD COLUMN "language" "Language";
