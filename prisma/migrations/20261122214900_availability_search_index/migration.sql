-- Availability search, "same car in another trim": by model and the single choices (partial
-- index, not expressible in the Prisma schema).
CREATE INDEX "stock_vehicle_available_by_look_idx" ON "stock_vehicle"("modelCode", "paintCode", "wheelsCode", "interiorCode") WHERE "status" IN ('in_stock', 'in_transit');
