import { expect, type Page } from "@playwright/test";

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectSignedInAs(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId("current-user")).toContainText(name);
}
