namespace GrandBy.Providers.Chat;

public enum ChatRole
{
    User,
    Assistant,
}
