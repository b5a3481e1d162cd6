-- CreateTable
CREATE TABLE "abuse_counter" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "abuse_counter_pkey" PRIMARY KEY ("key")
);
