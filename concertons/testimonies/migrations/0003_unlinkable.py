"""Testimonies that nothing stored can date or order (issue 11).

- Raw texts sealed with Fernet carried their creation second in clear: they are opened with the old keys
  and sealed again with AES-GCM (crypto.py), which writes no time.
- Messages get random ids (a sequence kept the order of every question and answer) and authors' answers
  are sealed like the raw text, to be masked by the worker before a moderator reads them.
"""

import uuid

from django.db import migrations, models


def _legacy_fernet():
    # Reads tokens written before this migration; nothing writes a Fernet token any more.
    from cryptography.fernet import Fernet, MultiFernet

    from concertons.testimonies import crypto

    keys = []
    for material in crypto.configured_keys():
        try:
            keys.append(Fernet(material.encode()))
        except ValueError:  # a new-style key is not a Fernet key: nothing old was sealed with it
            continue
    return MultiFernet(keys) if keys else None


def _open_legacy(fernet, token):
    from cryptography.fernet import InvalidToken

    if token is None or fernet is None:
        return None
    try:
        return fernet.decrypt(bytes(token)).decode("utf-8")
    except InvalidToken:
        return None


def reseal(apps, schema_editor):
    from concertons.testimonies import crypto

    crypto.forget_keys()
    Testimony = apps.get_model("testimonies", "Testimony")
    sealed = Testimony.objects.filter(raw_text_encrypted__isnull=False)
    if not sealed.exists():
        return
    fernet = _legacy_fernet()
    opened = unreadable = 0
    for testimony in sealed.iterator():
        token = bytes(testimony.raw_text_encrypted)
        if crypto.decrypt(token, context=f"testimony:{testimony.id}") is not None:
            continue  # already sealed the new way
        text = _open_legacy(fernet, token)
        if text is None:
            unreadable += 1
            # A token no configured key opens was unreadable already; its header still dates it: drop it.
            testimony.raw_text_encrypted = None
        else:
            opened += 1
            testimony.raw_text_encrypted = crypto.encrypt(text, context=f"testimony:{testimony.id}")
        testimony.save(update_fields=["raw_text_encrypted"])
    if unreadable and not opened:
        raise RuntimeError(
            "Aucun texte original n'a pu être ouvert : la clé des témoignages (CONCERTONS_TESTIMONY_KEYS ou "
            "le fichier de clé) n'est pas celle qui les a chiffrés. Réglez-la, puis relancez la migration."
        )


def copy_messages(apps, schema_editor):
    from concertons.testimonies import crypto

    Legacy = apps.get_model("testimonies", "LegacyTestimonyMessage")
    Message = apps.get_model("testimonies", "TestimonyMessage")
    finished = ("published", "rejected")
    for old in Legacy.objects.select_related("testimony").iterator():
        if old.testimony.status in finished:
            continue  # destroyed with the testimony's raw text
        new = Message(testimony_id=old.testimony_id, position=old.position, author=old.author)
        if old.author == "author":
            new.text_encrypted = crypto.encrypt(old.text, context=f"testimony-message:{new.id}")
            new.text = ""  # masked by the worker before a moderator reads it
        else:
            new.text = old.text
        new.save()


class Migration(migrations.Migration):
    dependencies = [
        ("testimonies", "0002_testimony_testimony_latest"),
    ]

    operations = [
        migrations.AddField(
            model_name="testimony",
            name="submission_key",
            field=models.CharField(editable=False, max_length=64, null=True, unique=True),
        ),
        migrations.AddField(
            model_name="testimony",
            name="kept_visible",
            field=models.JSONField(blank=True, default=list, editable=False),
        ),
        migrations.RunPython(reseal, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="testimonymessage", name="one_message_per_position"),
        migrations.RenameModel("TestimonyMessage", "LegacyTestimonyMessage"),
        migrations.AlterField(
            model_name="legacytestimonymessage",
            name="testimony",
            # Without its index, whose name the new table's index takes.
            field=models.ForeignKey(
                on_delete=models.deletion.CASCADE, related_name="+", to="testimonies.testimony", db_index=False
            ),
        ),
        migrations.CreateModel(
            name="TestimonyMessage",
            fields=[
                ("id", models.UUIDField(default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ("position", models.PositiveIntegerField()),
                (
                    "author",
                    models.CharField(
                        choices=[("moderator", "Équipe de modération"), ("author", "Auteur·rice")],
                        max_length=10,
                    ),
                ),
                ("text", models.TextField(blank=True, max_length=2000)),
                ("text_encrypted", models.BinaryField(blank=True, editable=False, null=True)),
                (
                    "testimony",
                    models.ForeignKey(
                        on_delete=models.deletion.CASCADE,
                        related_name="messages",
                        to="testimonies.testimony",
                    ),
                ),
            ],
            options={"ordering": ["testimony", "position"]},
        ),
        migrations.AddConstraint(
            model_name="testimonymessage",
            constraint=models.UniqueConstraint(fields=("testimony", "position"), name="one_message_per_position"),
        ),
        migrations.RunPython(copy_messages, migrations.RunPython.noop),
        migrations.DeleteModel("LegacyTestimonyMessage"),
    ]
