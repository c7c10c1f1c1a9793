-- A walk-in may be registered without an e-mail address.
ALTER TABLE "Registration" ALTER COLUMN "email" DROP NOT NULL;
