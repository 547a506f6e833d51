import type { Metadata } from "next";
import { AddTermForm } from "@/components/lexicon/add-term-form";
import { AdminTermsTable } from "@/components/lexicon/admin-terms-table";
import { ShippedTerms } from "@/components/lexicon/shipped-terms";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listLexiconEntries } from "@/lib/lexicon/list-lexicon-entries";
import { LOADED_CATEGORIES } from "@/lib/lexicon/loaded-categories";
import { shippedLexicon, shippedLists } from "@/lib/lexicon/shipped-lexicon";
import { addLexiconTermAction, removeLexiconTermAction } from "./actions";

export const metadata: Metadata = { title: "Loaded-language lexicon" };

export default async function LexiconPage() {
  await requireRole(ACCESS.lexicon, "/admin/lexicon");
  const entries = await listLexiconEntries();
  return (
    <>
      <header className="page-header">
        <h1>Loaded-language lexicon</h1>
        <p className="muted">
          The words and phrases suggested to reviewers as loaded language, in the outlet&apos;s own voice. Terms you add
          here join the shipped ones in every reviewer&apos;s suggestions from their next page load.
        </p>
      </header>
      <section className="card" aria-labelledby="add-heading">
        <h2 id="add-heading">Add a term</h2>
        <AddTermForm add={addLexiconTermAction} categories={LOADED_CATEGORIES} />
      </section>
      <section className="card" aria-labelledby="added-heading">
        <h2 id="added-heading">Terms added by admins</h2>
        <AdminTermsTable entries={entries} remove={removeLexiconTermAction} />
      </section>
      <ShippedTerms lists={shippedLists()} terms={shippedLexicon()} />
    </>
  );
}
