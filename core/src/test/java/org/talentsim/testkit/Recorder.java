package org.talentsim.testkit;

import org.talentsim.model.WorldView;
import org.talentsim.model.MovesView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.talentsim.engine.TickObserver;
import org.talentsim.kernel.MoveLog;
import org.talentsim.model.MoveReason;
import org.talentsim.kernel.World;

/** Records the move log as plain rows (indices, not names) and lets a test look at the world after each tick. */
public final class Recorder implements TickObserver {
    /** One move, with lab and team indices (-1 for the pool). */
    public record Move(int tick, int researcher, int fromLab, int fromTeam, int toLab, int toTeam,
            double oldSalary, double newSalary, MoveReason reason) {}

    public final List<Move> moves = new ArrayList<>();
    private final BiConsumer<Integer, World> afterTick;

    public Recorder() {
        this((t, w) -> { });
    }

    /** Calls {@code afterTick} with each finished tick (after recording its moves). */
    public Recorder(BiConsumer<Integer, World> afterTick) {
        this.afterTick = afterTick;
    }

    @Override
    public void onTick(int tick, WorldView world, MovesView log) {
        for (int r = 0; r < log.size(); r++) {
            moves.add(new Move(tick, log.researcher(r), log.fromLab(r), log.fromTeam(r), log.toLab(r), log.toTeam(r),
                    log.oldSalary(r), log.newSalary(r), log.reason(r)));
        }
        afterTick.accept(tick, org.talentsim.kernel.Internals.world(world)); // tests may look at the kernel state
    }

    public List<Move> of(MoveReason reason) {
        return moves.stream().filter(m -> m.reason() == reason).toList();
    }
}
