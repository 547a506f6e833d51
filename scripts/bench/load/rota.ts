/** Hands out users in turn; `when` skips those who cannot make the request now. */
export class Rota<User> {
  private at = 0;
  constructor(private readonly users: User[]) {}

  next(when: (user: User) => boolean = () => true): User {
    for (let tried = 0; tried < this.users.length; tried++) {
      const user = this.users[this.at];
      this.at = (this.at + 1) % this.users.length;
      if (when(user)) return user;
    }
    throw new Error("No simulated user can make this request now.");
  }
}
