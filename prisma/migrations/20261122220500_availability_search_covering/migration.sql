-- Availability search: covering partial indexes, so the scoring of a model's candidates reads
-- the index only (index-only scan) and the heap only for the few vehicles returned.
DROP INDEX IF EXISTS "stock_vehicle_available_by_model_idx";
DROP INDEX IF EXISTS "stock_vehicle_available_by_look_idx";

CREATE INDEX "stock_vehicle_search_same_trim_idx" ON "stock_vehicle"("modelCode", "trimCode")
  INCLUDE ("paintCode", "wheelsCode", "interiorCode", "options", "packs", "dealershipId", "id")
  WHERE "status" IN ('in_stock', 'in_transit');

CREATE INDEX "stock_vehicle_search_other_trim_idx" ON "stock_vehicle"("modelCode", "paintCode", "wheelsCode", "interiorCode")
  INCLUDE ("trimCode", "options", "packs", "dealershipId", "id")
  WHERE "status" IN ('in_stock', 'in_transit');
