-- The sector a proposed seat would speak for, as a seat records it (issue 13): a confirmed nomination passes it on.
ALTER TABLE "nominations" ADD COLUMN "represents" "represented_sector";
