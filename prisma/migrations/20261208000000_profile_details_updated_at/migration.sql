-- When the profile's name, phone or address last changed (a consent or preferred-dealership change
-- does not count), so the checkout's prefill does not prefer an older address saved with a consent.
ALTER TABLE "customer_profile" ADD COLUMN "detailsUpdatedAt" TIMESTAMP(3);
UPDATE "customer_profile" SET "detailsUpdatedAt" = "updatedAt";
