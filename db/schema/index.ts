export * from "./users";
export * from "./todos";
export * from "./moderation";
export * from "./accounts";
export * from "./system";
export * from "./webhooks";
