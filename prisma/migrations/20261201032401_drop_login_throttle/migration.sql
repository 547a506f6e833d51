-- DropTable
DROP TABLE "login_throttle";
